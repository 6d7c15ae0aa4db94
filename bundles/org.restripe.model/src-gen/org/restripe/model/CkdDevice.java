/**
 */
package org.restripe.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ckd Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mainframe count-key-data device emulated on a volume.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.CkdDevice#getDeviceType <em>Device Type</em>}</li>
 *   <li>{@link org.restripe.model.CkdDevice#getDeviceNumber <em>Device Number</em>}</li>
 *   <li>{@link org.restripe.model.CkdDevice#getVolume <em>Volume</em>}</li>
 *   <li>{@link org.restripe.model.CkdDevice#getCylinders <em>Cylinders</em>}</li>
 *   <li>{@link org.restripe.model.CkdDevice#getCapacity <em>Capacity</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getCkdDevice()
 * @model
 * @generated
 */
public interface CkdDevice extends Identified {
	/**
	 * Returns the value of the '<em><b>Device Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.CkdType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Type</em>' attribute.
	 * @see org.restripe.model.CkdType
	 * @see #setDeviceType(CkdType)
	 * @see org.restripe.model.RestripePackage#getCkdDevice_DeviceType()
	 * @model
	 * @generated
	 */
	CkdType getDeviceType();

	/**
	 * Sets the value of the '{@link org.restripe.model.CkdDevice#getDeviceType <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Type</em>' attribute.
	 * @see org.restripe.model.CkdType
	 * @see #getDeviceType()
	 * @generated
	 */
	void setDeviceType(CkdType value);

	/**
	 * Returns the value of the '<em><b>Device Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Device number (unit address), e.g. 0A00.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Number</em>' attribute.
	 * @see #setDeviceNumber(String)
	 * @see org.restripe.model.RestripePackage#getCkdDevice_DeviceNumber()
	 * @model
	 * @generated
	 */
	String getDeviceNumber();

	/**
	 * Sets the value of the '{@link org.restripe.model.CkdDevice#getDeviceNumber <em>Device Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Number</em>' attribute.
	 * @see #getDeviceNumber()
	 * @generated
	 */
	void setDeviceNumber(String value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume</em>' reference.
	 * @see #setVolume(Volume)
	 * @see org.restripe.model.RestripePackage#getCkdDevice_Volume()
	 * @model
	 * @generated
	 */
	Volume getVolume();

	/**
	 * Sets the value of the '{@link org.restripe.model.CkdDevice#getVolume <em>Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' reference.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(Volume value);

	/**
	 * Returns the value of the '<em><b>Cylinders</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cylinders</em>' attribute.
	 * @see org.restripe.model.RestripePackage#getCkdDevice_Cylinders()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getCylinders();

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cylinders x 15 tracks x bytes per track.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see org.restripe.model.RestripePackage#getCkdDevice_Capacity()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	long getCapacity();

} // CkdDevice
