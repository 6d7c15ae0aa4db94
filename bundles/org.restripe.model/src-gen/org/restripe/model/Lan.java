/**
 */
package org.restripe.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An Ethernet network of the site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.Lan#getNetwork <em>Network</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getLan()
 * @model
 * @generated
 */
public interface Lan extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address range, e.g. 192.168.10.0/24.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see #setNetwork(String)
	 * @see org.restripe.model.RestripePackage#getLan_Network()
	 * @model
	 * @generated
	 */
	String getNetwork();

	/**
	 * Sets the value of the '{@link org.restripe.model.Lan#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(String value);

} // Lan
