/**
 */
package org.restripe.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lun Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A LUN presented to a host under a LUN number, optionally through a given port.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.LunMapping#getLun <em>Lun</em>}</li>
 *   <li>{@link org.restripe.model.LunMapping#getHost <em>Host</em>}</li>
 *   <li>{@link org.restripe.model.LunMapping#getLunNumber <em>Lun Number</em>}</li>
 *   <li>{@link org.restripe.model.LunMapping#getPort <em>Port</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getLunMapping()
 * @model
 * @generated
 */
public interface LunMapping extends Identified {
	/**
	 * Returns the value of the '<em><b>Lun</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lun</em>' reference.
	 * @see #setLun(Lun)
	 * @see org.restripe.model.RestripePackage#getLunMapping_Lun()
	 * @model
	 * @generated
	 */
	Lun getLun();

	/**
	 * Sets the value of the '{@link org.restripe.model.LunMapping#getLun <em>Lun</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lun</em>' reference.
	 * @see #getLun()
	 * @generated
	 */
	void setLun(Lun value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Host)
	 * @see org.restripe.model.RestripePackage#getLunMapping_Host()
	 * @model
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link org.restripe.model.LunMapping#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Lun Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lun Number</em>' attribute.
	 * @see #setLunNumber(int)
	 * @see org.restripe.model.RestripePackage#getLunMapping_LunNumber()
	 * @model
	 * @generated
	 */
	int getLunNumber();

	/**
	 * Sets the value of the '{@link org.restripe.model.LunMapping#getLunNumber <em>Lun Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lun Number</em>' attribute.
	 * @see #getLunNumber()
	 * @generated
	 */
	void setLunNumber(int value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' reference.
	 * @see #setPort(Port)
	 * @see org.restripe.model.RestripePackage#getLunMapping_Port()
	 * @model
	 * @generated
	 */
	Port getPort();

	/**
	 * Sets the value of the '{@link org.restripe.model.LunMapping#getPort <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' reference.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Port value);

} // LunMapping
